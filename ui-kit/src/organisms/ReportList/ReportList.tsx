import { forwardRef, useId, type ComponentPropsWithoutRef, type ReactNode } from 'react';
import { styled } from 'styled-components';
import { Button } from '../../atoms/Button/Button';
import { Timestamp } from '../../atoms/Timestamp/Timestamp';
import { HiddenParts } from '../../locale/HiddenParts';
import { useKitLocale } from '../../locale/useKitLocale';
import { base, color, fontSize, fontWeight, radius, space } from '../../utils/theme';
import type { TimeInput } from '../../utils/time';
import { FormAlert } from '../LoginForm/formParts';

/** One report as an admin reads it: who, why, when, and the message as it read then. */
export interface ReportItem {
  id: string | number;
  reason: string;
  createdAt: TimeInput;
  reporterName: string;
  /** The message's text when it was reported. */
  text: string;
  senderName: string;
  /** Absent once the sender's account is gone: nothing to deactivate. */
  senderId?: string | number;
  senderDeactivated?: boolean;
  /** Where it was sent, in words: "Direct chat with Ada", "Group 7". */
  conversation: string;
}

export interface ReportListProps extends Omit<ComponentPropsWithoutRef<'section'>, 'children'> {
  /** Newest first. */
  reports: readonly ReportItem[];
  /** "Deactivate" on an active sender's reports; "Reactivate" on a deactivated one's. */
  onDeactivate?: (report: ReportItem) => void;
  onReactivate?: (report: ReportItem) => void;
  /** Senders being (re)activated: their buttons are busy meanwhile. */
  pendingSenderIds?: readonly (string | number)[];
  /** "Load more" while there are older reports. */
  onLoadMore?: () => void;
  loadingMore?: boolean;
  /** An error from the server, shown as an alert. */
  error?: ReactNode;
  headingLevel?: 2 | 3 | 4;
  /** Reference "now" for the relative times (stories, tests); the clock by default. */
  now?: TimeInput;
}

const Root = styled.section`
  ${base}
  display: flex;
  flex-direction: column;
  gap: ${space('md')};
  h2,
  h3,
  h4 {
    margin: 0;
    font-size: ${fontSize('lg')};
    font-weight: ${fontWeight('bold')};
  }
  ul {
    margin: 0;
    padding: 0;
    list-style: none;
  }
`;

const Row = styled.li`
  display: flex;
  flex-direction: column;
  align-items: flex-start;
  gap: ${space('xs')};
  padding: ${space('sm')} 0;
  border-bottom: 1px solid ${color('border')};
  &:last-child {
    border-bottom: none;
  }
  blockquote {
    margin: 0;
    padding: ${space('xs')} ${space('sm')};
    border-inline-start: 3px solid ${color('border')};
    white-space: pre-wrap;
    overflow-wrap: anywhere;
  }
`;

const Muted = styled.span`
  display: flex;
  flex-wrap: wrap;
  align-items: center;
  gap: 0 ${space('sm')};
  color: ${color('textMuted')};
  font-size: ${fontSize('sm')};
`;

const Marker = styled.span`
  padding: 0 ${space('sm')};
  border: 1px solid ${color('danger')};
  border-radius: ${radius('round')};
  color: ${color('text')};
  font-size: ${fontSize('xs')};
`;

/**
 * An instance admin's reports, newest first: the reason, who reported it and when, the message as
 * it read then, its sender (marked "Deactivated" when so) and conversation, and "Deactivate" or
 * "Reactivate" per sender (named after them for assistive technology); "Load more" for older ones.
 */
export const ReportList = forwardRef<HTMLElement, ReportListProps>(function ReportList(
  { reports, onDeactivate, onReactivate, pendingSenderIds, onLoadMore, loadingMore = false, error, headingLevel = 2, now, ...rest },
  ref,
) {
  const { messages: t } = useKitLocale();
  const headingId = useId();
  const Heading = `h${headingLevel}` as const;
  return (
    <Root ref={ref} aria-labelledby={headingId} {...rest}>
      <Heading id={headingId}>{t.reports}</Heading>
      {error ? <FormAlert role="alert">{error}</FormAlert> : null}
      <ul aria-labelledby={headingId}>
        {reports.map((report) => {
          const deactivated = report.senderDeactivated ?? false;
          const toggle = deactivated ? onReactivate : onDeactivate;
          return (
            <Row key={report.id} data-id={String(report.id)} data-deactivated={deactivated || undefined}>
              <strong dir="auto">{report.reason}</strong>
              <Muted>
                <span>
                  {t.reportedBy} <bdi>{report.reporterName}</bdi>
                </span>
                <Timestamp value={report.createdAt} format="relative" now={now} />
                <bdi>{report.conversation}</bdi>
              </Muted>
              <blockquote dir="auto">{report.text}</blockquote>
              <Muted>
                <span>
                  {t.sentBy} <bdi>{report.senderName}</bdi>
                </span>
                {deactivated ? <Marker>{t.deactivated}</Marker> : null}
                {report.senderId !== undefined && toggle ? (
                  <Button
                    variant={deactivated ? 'secondary' : 'danger'}
                    size="sm"
                    loading={pendingSenderIds?.includes(report.senderId) ?? false}
                    onClick={() => toggle(report)}
                  >
                    <HiddenParts text={deactivated ? t.reactivate : t.deactivate} name={report.senderName} />
                  </Button>
                ) : null}
              </Muted>
            </Row>
          );
        })}
      </ul>
      {reports.length === 0 ? <Muted>{t.noReports}</Muted> : null}
      {onLoadMore ? (
        <Button variant="secondary" size="sm" loading={loadingMore} onClick={onLoadMore}>
          {t.loadMore}
        </Button>
      ) : null}
    </Root>
  );
});
