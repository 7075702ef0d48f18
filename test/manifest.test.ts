/**
 * manifest.xml, checked offline: well-formed, the structure and element order Outlook's schema enforces,
 * ids and handler names the code relies on, resource ids and Swedish overrides (the build: manifest-build.test.ts).
 */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { XMLValidator } from 'fast-xml-parser';
import { ROOT } from './e2e/built-dist';
import {
  attr,
  child,
  descendants,
  elementsOf,
  parseXml,
  path,
  tagOf,
  textOf,
  type XmlNode,
} from './manifest-xml';

const xml = readFileSync(join(ROOT, 'manifest.xml'), 'utf8');
const root = parseXml(xml).find((node) => tagOf(node) === 'OfficeApp') as XmlNode;
const v11 = path(root, 'VersionOverrides', 'VersionOverrides');
const host = path(v11, 'Hosts', 'Host');
const resources = child(v11, 'Resources');
const tags = (node: XmlNode) => elementsOf(node).map(tagOf);
const resourceIds = (group: string) => elementsOf(child(resources, group)).map((n) => attr(n, 'id'));
const urlOf = (resid: string | undefined) =>
  attr(
    elementsOf(child(resources, 'bt:Urls')).find((u) => attr(u, 'id') === resid) as XmlNode,
    'DefaultValue',
  );

describe('manifest.xml structure', () => {
  it('is well-formed XML', () => {
    expect(XMLValidator.validate(xml)).toBe(true);
  });

  it('is a Mail add-in whose base elements come in schema order', () => {
    expect(attr(root, 'xsi:type')).toBe('MailApp');
    expect(tags(root)).toEqual([
      'Id',
      'Version',
      'ProviderName',
      'DefaultLocale',
      'DisplayName',
      'Description',
      'IconUrl',
      'HighResolutionIconUrl',
      'SupportUrl',
      'AppDomains',
      'Hosts',
      'Requirements',
      'FormSettings',
      'Permissions',
      'Rule',
      'DisableEntityHighlighting',
      'VersionOverrides',
    ]);
    expect(textOf(child(root, 'Id'))).toMatch(
      /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/,
    );
    expect(textOf(child(root, 'Version'))).toMatch(/^\d+\.\d+\.\d+\.\d+$/);
    expect(textOf(child(root, 'DefaultLocale'))).toBe('en-US');
    expect(textOf(child(root, 'Permissions'))).toBe('ReadWriteItem');
    expect(attr(path(root, 'Hosts', 'Host'), 'Name')).toBe('Mailbox');
    expect(attr(path(root, 'Requirements', 'Sets', 'Set'), 'MinVersion')).toBe('1.1');
    const rules = elementsOf(child(root, 'Rule')).map((r) => [attr(r, 'ItemType'), attr(r, 'FormType')]);
    expect(attr(child(root, 'Rule'), 'Mode')).toBe('Or');
    expect(rules).toEqual([
      ['Message', 'Edit'],
      ['Message', 'Read'],
    ]);
  });

  it('declares a legacy read form on the same task pane page, with the height the schema requires', () => {
    const forms = elementsOf(child(root, 'FormSettings')).map((f) => attr(f, 'xsi:type'));
    expect(forms).toEqual(['ItemEdit', 'ItemRead']);
    const read = elementsOf(child(root, 'FormSettings'))[1] as XmlNode;
    const settings = child(read, 'DesktopSettings');
    expect(tags(settings)).toEqual(['SourceLocation', 'RequestedHeight']);
    expect(attr(child(settings, 'SourceLocation'), 'DefaultValue')).toBe(
      'https://localhost:3000/taskpane.html',
    );
    const height = Number(textOf(child(settings, 'RequestedHeight')));
    expect(height).toBeGreaterThanOrEqual(32);
    expect(height).toBeLessThanOrEqual(450);
  });

  it('wraps VersionOverrides 1.1 (Mailbox 1.12) in 1.0', () => {
    expect(attr(child(root, 'VersionOverrides'), 'xsi:type')).toBe('VersionOverridesV1_0');
    expect(attr(v11, 'xsi:type')).toBe('VersionOverridesV1_1');
    expect(tags(v11)).toEqual(['Requirements', 'Hosts', 'Resources']);
    const sets = path(v11, 'Requirements', 'bt:Sets');
    expect(attr(sets, 'DefaultMinVersion')).toBe('1.12');
    expect(attr(child(sets, 'bt:Set'), 'Name')).toBe('Mailbox');
    expect(tags(host)).toEqual(['Runtimes', 'DesktopFormFactor']);
  });

  it('has a runtime page with a JavaScript override for classic Outlook', () => {
    const runtime = path(host, 'Runtimes', 'Runtime');
    expect(urlOf(attr(runtime, 'resid'))).toBe('https://localhost:3000/commands.html');
    const override = child(runtime, 'Override');
    expect(attr(override, 'type')).toBe('javascript');
    expect(urlOf(attr(override, 'resid'))).toBe('https://localhost:3000/onsend.js');
  });

  it('opens the task pane from a compose button with the id the on-send handler uses', () => {
    const surfaces = descendants(host, 'ExtensionPoint').filter(
      (e) => attr(e, 'xsi:type') === 'MessageComposeCommandSurface',
    );
    expect(surfaces).toHaveLength(1);
    const control = descendants(surfaces[0] as XmlNode, 'Control')[0] as XmlNode;
    expect(attr(control, 'id')).toBe('msgComposeOpenPaneButton');
    expect(tags(control)).toEqual(['Label', 'Supertip', 'Icon', 'Action']);
    const action = child(control, 'Action');
    expect(attr(action, 'xsi:type')).toBe('ShowTaskpane');
    expect(urlOf(attr(child(action, 'SourceLocation'), 'resid'))).toBe(
      'https://localhost:3000/taskpane.html',
    );
    expect(descendants(control, 'bt:Image').map((i) => attr(i, 'size'))).toEqual(['16', '32', '80']);
  });

  it('opens the same task pane from a read-mode button of its own, in the same group label', () => {
    const surfaces = descendants(host, 'ExtensionPoint').filter(
      (e) => attr(e, 'xsi:type') === 'MessageReadCommandSurface',
    );
    expect(surfaces).toHaveLength(1);
    const read = surfaces[0] as XmlNode;
    const compose = descendants(host, 'ExtensionPoint').find(
      (e) => attr(e, 'xsi:type') === 'MessageComposeCommandSurface',
    ) as XmlNode;
    const group = descendants(read, 'Group')[0] as XmlNode;
    expect(attr(group, 'id')).toBe('msgReadMailGuardGroup');
    expect(attr(child(group, 'Label'), 'resid')).toBe(
      attr(child(descendants(compose, 'Group')[0] as XmlNode, 'Label'), 'resid'),
    );
    const control = descendants(read, 'Control')[0] as XmlNode;
    expect(attr(control, 'id')).toBe('msgReadOpenPaneButton');
    expect(tags(control)).toEqual(['Label', 'Supertip', 'Icon', 'Action']);
    const action = child(control, 'Action');
    expect(attr(action, 'xsi:type')).toBe('ShowTaskpane');
    expect(urlOf(attr(child(action, 'SourceLocation'), 'resid'))).toBe(
      'https://localhost:3000/taskpane.html',
    );
    // Ids are unique across the manifest: Outlook refuses a second control or group with the same id.
    const ids = [...descendants(host, 'Group'), ...descendants(host, 'Control')].map((n) => attr(n, 'id'));
    expect(new Set(ids).size).toBe(ids.length);
  });

  it('launches the Smart Alerts handler on send (SoftBlock) from the runtime', () => {
    const launch = descendants(host, 'ExtensionPoint').find(
      (e) => attr(e, 'xsi:type') === 'LaunchEvent',
    ) as XmlNode;
    const events = descendants(launch, 'LaunchEvent').map((e) => [
      attr(e, 'Type'),
      attr(e, 'FunctionName'),
      attr(e, 'SendMode'),
    ]);
    expect(events).toEqual([
      ['OnMessageSend', 'onMessageSendHandler', 'SoftBlock'],
      ['OnMessageRecipientsChanged', 'onRecipientsChangedHandler', undefined],
      ['OnMessageAttachmentsChanged', 'onAttachmentsChangedHandler', undefined],
    ]);
    expect(attr(child(launch, 'SourceLocation'), 'resid')).toBe(
      attr(path(host, 'Runtimes', 'Runtime'), 'resid'),
    );
  });

  it('defines every resource id it references, and nothing twice', () => {
    const defined = ['bt:Images', 'bt:Urls', 'bt:ShortStrings', 'bt:LongStrings'].flatMap(resourceIds);
    expect(new Set(defined).size).toBe(defined.length);
    const referenced = [
      ...descendants(v11, 'Label'),
      ...descendants(v11, 'Title'),
      ...descendants(v11, 'Description'),
      ...descendants(v11, 'bt:Image'),
      ...descendants(v11, 'SourceLocation'),
      ...descendants(v11, 'Runtime'),
      ...descendants(v11, 'Override'),
    ]
      .map((n) => attr(n, 'resid'))
      .filter((id): id is string => id !== undefined);
    expect(referenced.length).toBeGreaterThan(8);
    for (const id of referenced) expect(defined).toContain(id);
  });

  it('has a Swedish override for every string shown to people', () => {
    const localised = [
      child(root, 'DisplayName'),
      child(root, 'Description'),
      ...elementsOf(child(resources, 'bt:ShortStrings')),
      ...elementsOf(child(resources, 'bt:LongStrings')),
    ];
    for (const node of localised) {
      const overrides = elementsOf(node).filter((o) => attr(o, 'Locale') === 'sv-SE');
      expect(overrides).toHaveLength(1);
      expect(attr(overrides[0] as XmlNode, 'Value')).toBeTruthy();
    }
    for (const s of elementsOf(child(resources, 'bt:ShortStrings')))
      expect((attr(s, 'DefaultValue') ?? '').length).toBeLessThanOrEqual(125);
    for (const s of elementsOf(child(resources, 'bt:LongStrings')))
      expect((attr(s, 'DefaultValue') ?? '').length).toBeLessThanOrEqual(250);
  });
});
