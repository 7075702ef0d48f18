/**
 * Heavy parsers are loaded lazily and injected, so a bundle that cannot afford them (the on-send runtime)
 * passes `null` and gets `unsupported` instead of pulling pdf.js into its bundle. The shapes below are the
 * small part of each library that extraction uses, declared here so the core does not depend on their
 * DOM-flavoured type declarations.
 */

/** One item of a page's text layer (pdf.js `TextItem`; marked content items have no `str`). */
export interface PdfTextItem {
  readonly str?: string;
  readonly hasEOL?: boolean;
}

/** A loaded page (pdf.js `PDFPageProxy`, trimmed). */
export interface PdfPage {
  getTextContent(): Promise<{ readonly items: readonly PdfTextItem[] }>;
  cleanup(): unknown;
}

/** A loaded document (pdf.js `PDFDocumentProxy`, trimmed). */
export interface PdfDocument {
  readonly numPages: number;
  getPage(pageNumber: number): Promise<PdfPage>;
  getMetadata(): Promise<{ readonly info?: unknown }>;
  destroy(): Promise<void>;
}

/** The part of `pdfjs-dist` used: `getDocument`. */
export interface PdfModule {
  getDocument(source: {
    data: Uint8Array;
    isEvalSupported?: boolean;
    disableFontFace?: boolean;
    useSystemFonts?: boolean;
    stopAtErrors?: boolean;
    verbosity?: number;
  }): { readonly promise: Promise<PdfDocument>; destroy(): Promise<void> };
}

/** A parsed Outlook message or attachment record (`@kenjiuno/msgreader` `FieldsData`, trimmed). */
export interface MsgFields {
  /** `msg` for a message that was parsed; anything else means the file was not one. */
  readonly dataType?: string | null;
  readonly subject?: string;
  readonly senderName?: string;
  readonly senderEmail?: string;
  readonly body?: string;
  readonly bodyHtml?: string;
  readonly name?: string;
  readonly email?: string;
  readonly recipType?: 'to' | 'cc' | 'bcc';
  readonly fileName?: string;
  readonly error?: string;
  readonly attachments?: readonly MsgFields[];
  readonly recipients?: readonly MsgFields[];
}

/** A reader over one .msg file. */
export interface MsgReaderInstance {
  getFileData(): MsgFields;
  getAttachment(attachment: MsgFields): { readonly fileName: string; readonly content: Uint8Array };
}

/** The `@kenjiuno/msgreader` default export. */
export type MsgReaderClass = new (buffer: ArrayBuffer) => MsgReaderInstance;
