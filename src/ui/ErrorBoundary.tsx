// Keeps one part of the app failing on its own, with a readable message and a retry.
import { Component, type ReactNode } from 'react';

interface Props {
  /** already localized message */
  message: string;
  retryLabel: string;
  children: ReactNode;
  /** called once per error (e.g. to recover automatically in kiosk mode) */
  onError?: (error: Error) => void;
  name: string;
}

interface State {
  error: Error | null;
  attempt: number;
}

/** Throws inside a boundary when a test asks for it, so isolation can be proven. */
function FaultProbe({ name }: { name: string }) {
  if (typeof window !== 'undefined' && window.__injectFault?.[name]) {
    throw new Error(`Injected fault in "${name}" (test hook)`);
  }
  return null;
}

export class ErrorBoundary extends Component<Props, State> {
  override state: State = { error: null, attempt: 0 };

  static getDerivedStateFromError(error: Error): Partial<State> {
    return { error };
  }

  override componentDidCatch(error: Error): void {
    this.props.onError?.(error);
  }

  retry = () => this.setState((s) => ({ error: null, attempt: s.attempt + 1 }));

  override render() {
    if (this.state.error) {
      return (
        <div className="error-card" role="alert" data-boundary={this.props.name}>
          <p>{this.props.message}</p>
          <button type="button" onClick={this.retry}>
            {this.props.retryLabel}
          </button>
        </div>
      );
    }
    return (
      <div key={this.state.attempt} className="boundary" data-boundary={this.props.name}>
        <FaultProbe name={this.props.name} />
        {this.props.children}
      </div>
    );
  }
}
