/** A modal dialog with the full email policy in the pane's language. */
import {
  Button,
  Dialog,
  DialogActions,
  DialogBody,
  DialogContent,
  DialogSurface,
  DialogTitle,
} from '@fluentui/react-components';
import type { Language } from '../../core/policy/types';
import type { Strings } from '../strings';
import { PolicyText } from './PolicyText';

export interface PolicyDialogProps {
  readonly strings: Strings;
  readonly language: Language;
  readonly open: boolean;
  readonly onClose: () => void;
}

export function PolicyDialog({ strings, language, open, onClose }: PolicyDialogProps) {
  return (
    <Dialog open={open} onOpenChange={(_event, data) => (data.open ? undefined : onClose())}>
      <DialogSurface aria-describedby={undefined}>
        <DialogBody>
          <DialogTitle>{strings.policyTitle}</DialogTitle>
          <DialogContent>
            <PolicyText language={language} />
          </DialogContent>
          <DialogActions>
            <Button appearance="primary" onClick={onClose}>
              {strings.closePolicy}
            </Button>
          </DialogActions>
        </DialogBody>
      </DialogSurface>
    </Dialog>
  );
}
