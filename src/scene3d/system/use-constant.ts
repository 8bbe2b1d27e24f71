// A value made once per mount and kept (scratch arrays, placements, simulations): what
// useDisposable does for three objects, for values with nothing to dispose.
import { useState } from 'react';

export function useConstant<T>(factory: () => T): T {
  const [value] = useState(factory);
  return value;
}
