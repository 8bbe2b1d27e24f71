// Where a tooltip in this part of the page is portalled: the open modal dialog it sits in (a
// tooltip on <body> would be under the dialog's top layer), else null for <body>. A modal
// dialog provides its element; everything outside one reads null.
import { createContext } from 'react';

export const TooltipHost = createContext<Element | null>(null);
