// The setup view for staff (?mode=kiosk&setup=1): clinic.json as read and its problems, the
// kiosk's checks, and the line to start Chromium as a kiosk on this address.
import { useEffect, useRef, useState } from 'react';
import { KIOSK_STRINGS as K } from '../../../i18n/strings/kiosk';
import { useText } from '../../../i18n/use-text';
import { useClinic } from './clinic-state';
import {
  checkOffline,
  chromiumLaunchLine,
  kioskAddress,
  wakeLockState,
  type OfflineCheck,
} from './setup-checks';

interface Props {
  onClose(): void;
}

export default function KioskSetup({ onClose }: Props) {
  const tr = useText();
  const { found, raw, problems } = useClinic();
  const [offline, setOffline] = useState<OfflineCheck | null>(null);
  const [tick, setTick] = useState(0);
  const heading = useRef<HTMLHeadingElement>(null);
  useEffect(() => heading.current?.focus(), []);
  useEffect(() => {
    let live = true;
    void checkOffline().then((r) => live && setOffline(r));
    // wake lock, full screen and size change by themselves: read again every second
    const timer = window.setInterval(() => setTick((t) => t + 1), 1000);
    return () => {
      live = false;
      window.clearInterval(timer);
    };
  }, []);

  const wake = wakeLockState();
  const wakeText =
    wake.state === 'held'
      ? tr(K.wakeLockHeld)
      : wake.state === 'unsupported'
        ? tr(K.wakeLockMissing)
        : wake.state === 'refused'
          ? tr(K.wakeLockRefused, { reason: wake.reason })
          : tr(K.checkPending);
  const full = Boolean(document.fullscreenElement);
  const w = window.innerWidth;
  const h = window.innerHeight;

  return (
    <section
      className="kiosk-setup"
      aria-labelledby="kiosk-setup-title"
      data-testid="kiosk-setup"
      data-tick={tick}
    >
      <h2 id="kiosk-setup-title" tabIndex={-1} ref={heading}>
        {tr(K.setupTitle)}
      </h2>
      <button type="button" onClick={onClose}>
        {tr(K.setupClose)}
      </button>
      <h3>{tr(K.setupConfig)}</h3>
      {found || raw !== null ? (
        <pre data-testid="setup-config">
          {typeof raw === 'string' ? raw : JSON.stringify(raw, null, 2)}
        </pre>
      ) : (
        <p data-testid="setup-config">{tr(K.setupNoFile)}</p>
      )}
      <h3>{tr(K.setupProblems)}</h3>
      {problems.length ? (
        <ul className="setup-problems" data-testid="setup-problems">
          {problems.map((p) => (
            <li key={p}>{p}</li>
          ))}
        </ul>
      ) : (
        <p data-testid="setup-problems">{tr(K.setupNoProblems)}</p>
      )}
      <h3>{tr(K.setupChecks)}</h3>
      <dl>
        <dt>{tr(K.setupWakeLock)}</dt>
        <dd data-testid="setup-wake-lock">{wakeText}</dd>
        <dt>{tr(K.setupFullscreen)}</dt>
        <dd>
          {full ? tr(K.fullscreenOn) : tr(K.fullscreenOff)}{' '}
          {!full && document.fullscreenEnabled ? (
            <button
              type="button"
              onClick={() => void document.documentElement.requestFullscreen().catch(() => {})}
            >
              {tr(K.setupFullscreenButton)}
            </button>
          ) : null}
        </dd>
        <dt>{tr(K.setupOffline)}</dt>
        <dd data-testid="setup-offline">
          {offline === null
            ? tr(K.checkPending)
            : offline.controlled
              ? tr(K.offlineReady, {
                  count: offline.files,
                  clinic: offline.clinicCached ? tr(K.checkOk) : tr(K.checkNo),
                })
              : tr(K.offlineNone)}
        </dd>
        <dt>{tr(K.setupDisplay)}</dt>
        <dd data-testid="setup-display">
          {tr(K.displaySize, {
            w,
            h,
            sw: window.screen.width,
            sh: window.screen.height,
            dpr: Math.round(window.devicePixelRatio * 100) / 100,
            orientation: w >= h ? tr(K.landscape) : tr(K.portrait),
          })}
        </dd>
      </dl>
      <h3>{tr(K.setupLaunch)}</h3>
      <pre data-testid="setup-launch">{chromiumLaunchLine(kioskAddress(window.location))}</pre>
    </section>
  );
}
