/** The full email policy (a few kilobytes of text per language). */
import { makeStyles, tokens } from '@fluentui/react-components';
import type { Language } from '../../core/policy/types';
import { policyDocument } from '../policy-text';

const useStyles = makeStyles({
  heading: {
    fontSize: tokens.fontSizeBase400,
    fontWeight: tokens.fontWeightSemibold,
    margin: `${tokens.spacingVerticalM} 0 ${tokens.spacingVerticalXS}`,
  },
  clause: { fontWeight: tokens.fontWeightSemibold },
  paragraph: { margin: `${tokens.spacingVerticalXS} 0` },
});

export interface PolicyTextProps {
  readonly language: Language;
}

export function PolicyText({ language }: PolicyTextProps) {
  const styles = useStyles();
  const document = policyDocument(language);
  return (
    <div lang={language}>
      <p className={styles.paragraph}>{document.intro}</p>
      {document.sections.map((section) => (
        <section key={section.heading}>
          <h3 className={styles.heading}>{section.heading}</h3>
          {section.blocks.map((block) =>
            block.kind === 'item' ? (
              <p key={block.text} className={styles.paragraph}>
                {block.clause ? <span className={styles.clause}>[{block.clause}] </span> : null}
                {block.text}
              </p>
            ) : (
              <p key={block.text} className={styles.paragraph}>
                {block.text}
              </p>
            ),
          )}
        </section>
      ))}
    </div>
  );
}
