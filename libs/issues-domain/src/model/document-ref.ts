/** A document a state change refers to: a stored file, a letter's registration number, a URL. */
export interface DocumentRef {
  /** Stored document id, URL or registration number: whatever finds the document again. */
  ref: string;
  title?: string;
}
