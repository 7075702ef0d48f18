/** The item's notification bar (what `item.notificationMessages` shows above the message in Outlook). */
import { useEffect, useReducer } from 'react';
import { MessageBar, MessageBarBody } from '@fluentui/react-components';
import type { ObservableNotifications } from '../office/notifications';

export function Notifications({ notifications }: { readonly notifications: ObservableNotifications }) {
  const [, tick] = useReducer((n: number) => n + 1, 0);
  useEffect(() => notifications.subscribe(() => tick()), [notifications]);
  return (
    <>
      {Array.from(notifications.current.entries()).map(([key, message]) => (
        <MessageBar key={key} intent={message.type === 'errorMessage' ? 'error' : 'info'}>
          <MessageBarBody>{message.message}</MessageBarBody>
        </MessageBar>
      ))}
    </>
  );
}
