/** The company's email policy as structured text, so the task pane can render it without a Markdown parser. */
export interface PolicyBlock {
  readonly kind: 'paragraph' | 'item';
  readonly text: string;
  /** Clause label (`P1`…`P6`) for items the product cites. */
  readonly clause?: string;
}

export interface PolicySection {
  readonly heading: string;
  readonly blocks: readonly PolicyBlock[];
}

export interface PolicyDocument {
  readonly intro: string;
  readonly sections: readonly PolicySection[];
}
