// One error boundary for every screen (wall, console, phone). A part that throws on a bad
// snapshot (an instant no Date can hold, a shape an older hub wrote) must not blank the screen
// for the rest of the meeting: the screen says so in its language, and draws itself again as
// soon as the room it holds changes (the next change or snapshot from the hub), since that is
// the only thing that can make the next attempt differ.
import { Component, type ErrorInfo, type ReactNode } from 'react';
import type { PublicRoomState } from '../../shared/domain/types.ts';
import type { LiveRoom } from '../store/live-room.ts';

export interface ScreenErrorBoundaryProps {
  store: LiveRoom;
  /** "This screen hit an error. Reconnecting…", in the screen's language. */
  message: string;
  /** The class of the paragraph that says so (each screen's own "waiting" look). */
  className?: string;
  children: ReactNode;
}

interface BoundaryState {
  failed: boolean;
}

/** Shows the message instead of a screen that threw, until the room in the store changes. */
export class ScreenErrorBoundary extends Component<ScreenErrorBoundaryProps, BoundaryState> {
  override state: BoundaryState = { failed: false };
  private stopWatching: (() => void) | undefined;

  static getDerivedStateFromError(): BoundaryState {
    return { failed: true };
  }

  override componentDidCatch(error: unknown, info: ErrorInfo): void {
    console.error('This screen hit an error; it draws again with the next room update.', error, {
      componentStack: info.componentStack,
    });
    this.watchFrom(this.props.store.getState().room);
  }

  override componentWillUnmount(): void {
    this.stopWatching?.();
  }

  /** Waits for a room other than the one the screen failed on, then tries again. */
  private watchFrom(failedOn: PublicRoomState | null): void {
    this.stopWatching?.();
    this.stopWatching = this.props.store.subscribe((state) => {
      if (state.room === failedOn) return;
      this.stopWatching?.();
      this.stopWatching = undefined;
      this.setState({ failed: false });
    });
  }

  override render(): ReactNode {
    if (!this.state.failed) return this.props.children;
    return (
      <p className={this.props.className} role="alert">
        {this.props.message}
      </p>
    );
  }
}
