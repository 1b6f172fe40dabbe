import { useLanguage } from '@asiointi/platform-i18n';
import { Link } from '@asiointi/platform-ui';
import { accessibilityEmail } from '../accessibility/statement-content';
import { statements } from '../accessibility/statements';
import { useDocumentTitle } from '../layout/use-document-title';
import { PageHeading } from './PageHeading';

/** The accessibility statement (saavutettavuusseloste) the Act on Digital Services requires. */
export function AccessibilityPage() {
  const { language } = useLanguage();
  const content = statements[language];
  useDocumentTitle(content.title);
  return (
    <article className="shell-prose">
      <PageHeading>{content.title}</PageHeading>
      {content.intro.map((paragraph) => (
        <p key={paragraph}>{paragraph}</p>
      ))}

      <h2>{content.statusHeading}</h2>
      <p>{content.status}</p>

      <h2>{content.nonAccessibleHeading}</h2>
      <p>{content.nonAccessibleIntro}</p>
      <ul>
        {content.nonAccessible.map((item) => (
          <li key={item}>{item}</li>
        ))}
      </ul>

      <h2>{content.feedbackHeading}</h2>
      {content.feedback.map((paragraph) => (
        <p key={paragraph}>{paragraph}</p>
      ))}
      <p>
        {content.feedbackEmailLabel}: <Link href={`mailto:${accessibilityEmail}`}>{accessibilityEmail}</Link>
      </p>
      <p>{content.responseTime}</p>

      <h2>{content.enforcementHeading}</h2>
      {content.enforcement.map((paragraph) => (
        <p key={paragraph}>{paragraph}</p>
      ))}
      <p>
        {content.authorityName}
        <br />
        {content.authorityWebsiteLabel}:{' '}
        <Link href={content.authorityWebsite}>{content.authorityWebsite.replace('https://', '')}</Link>
      </p>
    </article>
  );
}
