/** The email policy text in the task pane's languages. Loaded on demand (not part of the first load). */
import type { Language } from '../../core/policy/types';
import { POLICY_EN } from './en';
import { POLICY_SV } from './sv';
import type { PolicyDocument } from './types';

export type { PolicyBlock, PolicyDocument, PolicySection } from './types';

/** The policy text for a language. */
export function policyDocument(language: Language): PolicyDocument {
  return language === 'sv' ? POLICY_SV : POLICY_EN;
}
