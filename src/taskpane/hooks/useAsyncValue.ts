/** Loads a value once; `undefined` until it is there. */
import { useEffect, useState } from 'react';

export function useAsyncValue<T>(load: () => Promise<T>): T | undefined {
  const [value, setValue] = useState<T | undefined>(undefined);
  useEffect(() => {
    let live = true;
    load().then(
      (loaded) => {
        if (live) setValue(loaded);
      },
      () => undefined,
    );
    return () => {
      live = false;
    };
    // Loaded once per mount by design.
    // eslint-disable-next-line react-hooks/exhaustive-deps
  }, []);
  return value;
}
