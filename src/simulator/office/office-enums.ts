/** The Office.js enums the add-in reads, with the string values Office.js uses at run time. */
export interface OfficeEnums {
  readonly AsyncResultStatus: { readonly Succeeded: 'succeeded'; readonly Failed: 'failed' };
  readonly EventType: {
    readonly RecipientsChanged: 'olkRecipientsChanged';
    readonly AttachmentsChanged: 'olkAttachmentsChanged';
  };
  readonly CoercionType: { readonly Text: 'text'; readonly Html: 'html' };
  readonly HostType: { readonly Outlook: 'Outlook' };
  readonly MailboxEnums: {
    readonly SendModeOverride: { readonly PromptUser: 'promptUser' };
    readonly ItemNotificationMessageType: {
      readonly InformationalMessage: 'informationalMessage';
      readonly ErrorMessage: 'errorMessage';
      readonly ProgressIndicator: 'progressIndicator';
    };
    readonly AttachmentType: { readonly File: 'file'; readonly Item: 'item'; readonly Cloud: 'cloud' };
    readonly AttachmentContentFormat: {
      readonly Base64: 'base64';
      readonly Url: 'url';
      readonly Eml: 'eml';
      readonly ICalendar: 'iCalendar';
    };
  };
}

export const OFFICE_ENUMS: OfficeEnums = {
  AsyncResultStatus: { Succeeded: 'succeeded', Failed: 'failed' },
  EventType: { RecipientsChanged: 'olkRecipientsChanged', AttachmentsChanged: 'olkAttachmentsChanged' },
  CoercionType: { Text: 'text', Html: 'html' },
  HostType: { Outlook: 'Outlook' },
  MailboxEnums: {
    SendModeOverride: { PromptUser: 'promptUser' },
    ItemNotificationMessageType: {
      InformationalMessage: 'informationalMessage',
      ErrorMessage: 'errorMessage',
      ProgressIndicator: 'progressIndicator',
    },
    AttachmentType: { File: 'file', Item: 'item', Cloud: 'cloud' },
    AttachmentContentFormat: { Base64: 'base64', Url: 'url', Eml: 'eml', ICalendar: 'iCalendar' },
  },
};
