/** CallView with painted stand-in cameras (see CallTile.demo), for stories. */
import { useDemoStreams } from '../../molecules/CallTile/CallTile.demo';
import { CallView, type CallViewProps } from './CallView';

export function DemoCallView({ participants, ...props }: CallViewProps) {
  const streams = useDemoStreams(props.media === 'video' ? participants.map((p) => p.name) : []);
  return <CallView participants={participants.map((p, i) => ({ ...p, stream: p.stream ?? streams[i] }))} {...props} />;
}
