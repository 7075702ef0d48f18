/** A To/Cc line: free text, resolved into recipients when it loses focus (as Outlook resolves names). */
import { useState } from 'react';
import { Field, Input } from '@fluentui/react-components';
import { parseRecipients, type SimRecipient } from '../office/compose-store';

export interface RecipientFieldProps {
  readonly label: string;
  readonly value: readonly SimRecipient[];
  readonly onChange: (recipients: SimRecipient[]) => void;
}

const format = (list: readonly SimRecipient[]) =>
  list
    .map((r) =>
      r.displayName && r.displayName !== r.emailAddress
        ? `${r.displayName} <${r.emailAddress}>`
        : r.emailAddress,
    )
    .join('; ');

export function RecipientField({ label, value, onChange }: RecipientFieldProps) {
  const [text, setText] = useState<string | undefined>(undefined);
  return (
    <Field label={label} orientation="horizontal">
      <Input
        value={text ?? format(value)}
        onChange={(_event, data) => setText(data.value)}
        onBlur={() => {
          if (text !== undefined) onChange(parseRecipients(text));
          setText(undefined);
        }}
      />
    </Field>
  );
}
