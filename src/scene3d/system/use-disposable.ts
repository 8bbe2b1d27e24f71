// Three objects owned by one component: made once per mount, disposed on unmount.
import { useEffect, useState } from 'react';

export function useDisposable<T extends { dispose(): void }>(factory: () => T): T {
  const [value] = useState(factory);
  useEffect(() => () => value.dispose(), [value]);
  return value;
}
