// What the phone remembers between visits (localStorage): the language for every room, the
// delegation and the alert for each room. Storage may be missing or refuse (private browsing,
// full quota): the view then simply forgets (view-kit/screen-language.ts).
import { languageSetting } from '../../view-kit/screen-language.ts';

export { readSetting, writeSetting } from '../../view-kit/screen-language.ts';

const PREFIX = 'rostrum.follow';

export const settingKeys = {
  language: languageSetting('follow'),
  delegation: (roomId: string) => `${PREFIX}.${roomId}.delegation`,
  alerts: (roomId: string) => `${PREFIX}.${roomId}.alerts`,
};
