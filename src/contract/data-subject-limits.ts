/** Size limits of `dataSubjects` (a leaf: the schemas and the header encoder both read them). */

/** At most this many people per stored file; a longer list is cut, the sender first kept. */
export const DATA_SUBJECTS_MAX = 100;
/** A display name longer than this is not a name. */
export const DATA_SUBJECT_NAME_MAX = 200;
/** The encoded `X-Data-Subjects` header stays under this many characters (Node's header limit is 16 KiB in all). */
export const DATA_SUBJECTS_HEADER_MAX = 8192;
