/** Loads `policy.json` served next to the add-in; a missing or broken file gives the built-in defaults. */
import { DEFAULT_POLICY, parsePolicy } from '../core/policy';
import type { LoadedPolicy } from './services';

/** Fetches and schema-checks the policy at `url` (relative to the page). Never rejects. */
export async function loadPolicyFrom(url: string, fetcher: typeof fetch = fetch): Promise<LoadedPolicy> {
  try {
    const response = await fetcher(url, { cache: 'no-cache' });
    if (response.status === 404) return { policy: DEFAULT_POLICY, errors: [] };
    if (!response.ok)
      return { policy: DEFAULT_POLICY, errors: [{ path: '', message: `HTTP ${response.status}` }] };
    const json: unknown = await response.json();
    return parsePolicy(json);
  } catch (error: unknown) {
    const message = error instanceof SyntaxError ? 'not valid JSON' : 'could not be loaded';
    return { policy: DEFAULT_POLICY, errors: [{ path: '', message }] };
  }
}
