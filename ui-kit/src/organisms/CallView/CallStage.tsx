import { styled } from 'styled-components';
import { CallTile } from '../../molecules/CallTile/CallTile';
import { space } from '../../utils/theme';
import type { CallParticipant } from './types';

export type CallLayout = 'solo' | 'pip' | 'grid';

/** Only you (ringing, or everyone left); one other person, you in a corner; or everyone in a grid. */
export function layoutOf(participants: readonly CallParticipant[]): CallLayout {
  const others = participants.filter((p) => !p.self).length;
  return others === 0 ? 'solo' : others === 1 ? 'pip' : 'grid';
}

const columnsFor = (count: number) => (count <= 1 ? 1 : count <= 4 ? 2 : count <= 9 ? 3 : 4);

const Pip = styled.div`
  position: relative;
  display: flex;
  align-items: center;
  justify-content: center;
  min-height: 0;
  height: 100%;
`;

const Main = styled(CallTile)`
  width: 100%;
  max-height: 100%;
`;

const Corner = styled(CallTile)`
  position: absolute;
  inset-block-end: ${space('md')};
  inset-inline-end: ${space('md')};
  width: clamp(96px, 25%, 240px);
  box-shadow: 0 4px 16px rgba(0, 0, 0, 0.5);
`;

const Grid = styled.div<{ $columns: number }>`
  display: grid;
  grid-template-columns: repeat(${(p) => p.$columns}, minmax(0, 1fr));
  align-content: center;
  gap: ${space('sm')};
  height: 100%;
  /* Phones: two across at most, the grid scrolls. */
  @media (max-width: 600px) {
    grid-template-columns: repeat(${(p) => Math.min(2, p.$columns)}, minmax(0, 1fr));
    overflow-y: auto;
  }
`;

interface CallStageProps {
  participants: readonly CallParticipant[];
  layout: CallLayout;
  /** You are sharing your screen: your tile is not mirrored. */
  sharing: boolean;
}

const tileProps = (p: CallParticipant, sharing: boolean) => ({
  name: p.name,
  stream: p.stream,
  muted: p.muted,
  cameraOff: p.cameraOff,
  avatarUrl: p.avatarUrl,
  speaking: p.speaking,
  self: p.self,
  mirrored: !(p.self && sharing),
});

/** The tiles, laid out for how many people are in the call. */
export function CallStage({ participants, layout, sharing }: CallStageProps) {
  if (layout === 'pip') {
    const other = participants.find((p) => !p.self);
    const self = participants.find((p) => p.self);
    return (
      <Pip>
        {other ? <Main {...tileProps(other, sharing)} /> : null}
        {self ? <Corner {...tileProps(self, sharing)} /> : null}
      </Pip>
    );
  }
  return (
    <Grid $columns={columnsFor(participants.length)}>
      {participants.map((p) => (
        <CallTile key={p.id} {...tileProps(p, sharing)} />
      ))}
    </Grid>
  );
}
