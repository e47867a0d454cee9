import type { ReactNode } from 'react';
import { useAdmin } from '../admin-context.tsx';
import { refusalError } from '../field-errors.ts';
import type { Loaded } from '../use-loaded.ts';
import { ErrorText } from './ErrorText.tsx';

/** Shows what was loaded, or that it is loading, or why it could not be. */
export function Loading<Value>(props: {
  loaded: Loaded<Value>;
  children: (value: Value) => ReactNode;
}) {
  const { messages } = useAdmin();
  const { loaded } = props;
  if (loaded.kind === 'loading') {
    return (
      <p className="admin-loading" role="status">
        {messages.loading}
      </p>
    );
  }
  if (loaded.kind === 'failed') return <ErrorText error={refusalError(loaded.error, messages)} />;
  return <>{props.children(loaded.value)}</>;
}
