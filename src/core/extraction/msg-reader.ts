/** Loads the Outlook .msg reader, tolerating either interop shape of its CommonJS default export. */
import type { MsgReaderClass } from './loaders';

export async function loadMsgReader(): Promise<MsgReaderClass> {
  const module = (await import('@kenjiuno/msgreader')) as unknown as { default: unknown };
  const outer = module.default as { default?: unknown } | MsgReaderClass;
  return (typeof outer === 'function' ? outer : outer.default) as MsgReaderClass;
}
