import { useTexts } from '../../../view-kit/screen.tsx';
import { useConsoleSetting, useConsoleSettings } from '../console-settings.tsx';
import { SHORTCUT_KEYS, SHORTCUTS, type Shortcut } from '../floor-model.ts';
import type { ChairMessages } from '../messages/chair-messages.ts';

/**
 * The keys the console takes, each with what it does, a presentation clicker's among them: open
 * until the chair closes it (remembered). Each row says its keys in `data-keys`, as
 * aria-keyshortcuts names them, so a test can press every key the console lists.
 */
export function KeysPanel() {
  const texts = useTexts<ChairMessages>();
  const settings = useConsoleSettings();
  const open = useConsoleSetting('keysOpen');
  const callStarts = useConsoleSetting('callStarts');
  const action = (shortcut: Shortcut) =>
    shortcut === 'next' && callStarts ? texts.keysNextAndStart : texts.keysActions[shortcut];
  return (
    <details
      className="chair-keys"
      open={open}
      onToggle={(event) => {
        // Also fired when React sets `open` itself: only a change is kept.
        if (event.currentTarget.open !== open) settings.set('keysOpen', event.currentTarget.open);
      }}
    >
      <summary>{texts.keysHeading}</summary>
      <dl>
        {SHORTCUTS.map((shortcut) => (
          <div
            key={shortcut}
            data-shortcut={shortcut}
            data-keys={SHORTCUT_KEYS[shortcut].join(' ')}
          >
            <dt>
              {SHORTCUT_KEYS[shortcut].map((name) => (
                <kbd key={name}>{texts.keyNames[name]}</kbd>
              ))}
            </dt>
            <dd>{action(shortcut)}</dd>
          </div>
        ))}
      </dl>
      <p className="chair-keys-note">{texts.keysClicker}</p>
      <p className="chair-keys-note">{texts.shortcutsHint}</p>
    </details>
  );
}
