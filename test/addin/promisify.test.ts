import { callOffice, OfficeApiError, type HostCallback } from '../../src/addin';

describe('callOffice', () => {
  it('resolves with the value of a succeeded result', async () => {
    await expect(
      callOffice<string>('subject.getAsync', (cb) =>
        setTimeout(() => cb({ status: 'succeeded', value: 'Hej' }), 0),
      ),
    ).resolves.toBe('Hej');
  });

  it('rejects a failed result with a named error carrying the API and code', async () => {
    const failing = (cb: HostCallback<string>) =>
      cb({ status: 'failed', value: '', error: { message: 'Item not found', code: 9017 } });
    const error = await callOffice('body.getAsync', failing).catch((e: unknown) => e);
    expect(error).toBeInstanceOf(OfficeApiError);
    expect(error).toMatchObject({ name: 'OfficeApiError', api: 'body.getAsync', code: 9017 });
  });

  it('turns an API that throws (not available on this client) into a rejection', async () => {
    const error = await callOffice('sessionData.getAsync', () => {
      throw new TypeError('undefined is not a function');
    }).catch((e: unknown) => e);
    expect(error).toBeInstanceOf(OfficeApiError);
  });

  it('ignores a second callback', async () => {
    let calls = 0;
    const value = await callOffice<number>('x', (cb) => {
      cb({ status: 'succeeded', value: 1 });
      cb({ status: 'failed', value: 2, error: { message: 'late' } });
      calls += 1;
    });
    expect(value).toBe(1);
    expect(calls).toBe(1);
  });
});
