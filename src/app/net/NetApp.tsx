/**
 * The network pages, chosen by path (`routes.ts`): loaded only when one of them is opened, so the
 * hot-seat start page carries none of boardgame.io's client.
 */
import { LanguagePicker } from '../../../ui/i18n/LanguagePicker.tsx';
import { ClassScreen } from './ClassScreen.tsx';
import { JoinScreen } from './JoinScreen.tsx';
import { PlayScreen } from './PlayScreen.tsx';
import type { NetRoute } from './routes.ts';
import { TeacherScreen } from './TeacherScreen.tsx';
import { WatchScreen } from './WatchScreen.tsx';

export default function NetApp({ route }: { route: NetRoute }) {
  const picker = <LanguagePicker compact />;
  switch (route.page) {
    case 'teacher':
      return <TeacherScreen picker={picker} />;
    case 'join':
      return <JoinScreen code={route.code} picker={picker} />;
    case 'play':
      return <PlayScreen matchID={route.matchID} />;
    case 'watch':
      return <WatchScreen code={route.code} />;
    case 'class':
      return <ClassScreen classId={route.classId} picker={picker} />;
  }
}
