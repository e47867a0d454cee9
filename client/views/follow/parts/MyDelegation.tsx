import { useState } from 'react';
import { delegationName } from '../../../../shared/delegations/display-name.ts';
import type { Projection } from '../../../../shared/domain/projection.ts';
import type { Speaker } from '../../../../shared/domain/types.ts';
import {
  alertText,
  delegationTurn,
  isTurnNear,
  turnText,
  type DelegationTurn,
} from '../follow-model.ts';
import { useScreen } from '../../../view-kit/screen.tsx';
import type { FollowMessages } from '../messages/follow-messages.ts';
import { useTurnAlert } from '../use-turn-alert.ts';
import { AlertSwitch } from './AlertSwitch.tsx';
import { DelegationPicker } from './DelegationPicker.tsx';
import { TurnAlert } from './TurnAlert.tsx';

export interface MyDelegationProps {
  speakers: readonly Speaker[];
  projection: Projection | undefined;
  timeZone: string;
  /** The title of the segment in play when the meeting has several (its list is the one read). */
  segment?: string | undefined;
  /** The delegation chosen on this phone, or null. */
  delegation: string | null;
  onChoose: (delegation: string) => void;
  alertsOn: boolean;
  onAlerts: (on: boolean) => void;
}

/** The pinned card: the delegate's own delegation, its place and estimated time, the alert. */
export function MyDelegation(props: MyDelegationProps) {
  const { texts } = useScreen<FollowMessages>();
  const [picking, setPicking] = useState(false);
  return (
    <section className="follow-mine" aria-labelledby="follow-mine-heading">
      <h2 id="follow-mine-heading" className="follow-label">
        {texts.myDelegation}
      </h2>
      {picking ? (
        <DelegationPicker
          speakers={props.speakers}
          onPick={(delegation) => {
            props.onChoose(delegation);
            setPicking(false);
          }}
          onCancel={() => setPicking(false)}
        />
      ) : props.delegation === null ? (
        <div className="follow-mine-none">
          <button type="button" className="follow-button" onClick={() => setPicking(true)}>
            {texts.chooseDelegation}
          </button>
          <p className="follow-hint">{texts.chooseHint}</p>
        </div>
      ) : (
        <Turn {...props} delegation={props.delegation} onChange={() => setPicking(true)} />
      )}
    </section>
  );
}

function Turn(props: MyDelegationProps & { delegation: string; onChange: () => void }) {
  const { language, texts } = useScreen<FollowMessages>();
  const turn: DelegationTurn = delegationTurn(props.speakers, props.projection, props.delegation);
  const name = delegationName(props.delegation, language);
  const near = isTurnNear(turn) ? turn : undefined;
  const message = near ? alertText(near, texts, props.timeZone) : '';
  useTurnAlert(turn, props.alertsOn, { title: name, body: message });
  return (
    <>
      <div className="follow-mine-head">
        <p className="follow-mine-name">
          <bdi>{name}</bdi>
        </p>
        <button type="button" className="follow-button-quiet" onClick={props.onChange}>
          {texts.change}
        </button>
      </div>
      <p className="follow-mine-turn" data-kind={turn.kind}>
        {/* With several segments, "not on the list" is of this one: the next may have it. */}
        {turn.kind === 'notOnList' && props.segment !== undefined
          ? texts.notOnSegmentList
          : turnText(turn, texts, props.timeZone)}
      </p>
      {turn.kind === 'waiting' && turn.secondCall && (
        <p className="follow-hint">{texts.secondCall}</p>
      )}
      {near && <TurnAlert turn={near} message={message} />}
      <AlertSwitch on={props.alertsOn} onChange={props.onAlerts} />
    </>
  );
}
