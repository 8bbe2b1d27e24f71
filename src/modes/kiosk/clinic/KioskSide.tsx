// The kiosk's side column. For patients: a simple picture of the stage and the clinic's card
// (name, phone, logo and a QR code to read on); in the stage about going home, the clinic's own
// rule when clinic.json gives one. (The full story keeps its charts: App.tsx.)
import { useState } from 'react';
import { useApp, useCurrentStage } from '../../../state/app-store';
import { KIOSK_STRINGS as K } from '../../../i18n/strings/kiosk';
import { useText } from '../../../i18n/use-text';
import { drivingRuleText } from './clinic-config';
import { useClinic } from './clinic-state';
import { KioskQr } from './KioskQr';
import { AFTER_SESSION_STAGE_ID } from './patient-stage-ids';
import { PatientPicture } from './PatientPicture';
import './clinic.css';

function ClinicCard() {
  const tr = useText();
  const { name, phone, url, logo } = useClinic((s) => s.config);
  const [logoFailed, setLogoFailed] = useState(false);
  if (!name && !phone && !url && !logo) return null;
  return (
    <section
      className="clinic-card"
      aria-label={name ?? tr(K.clinicCard)}
      data-testid="clinic-card"
    >
      {(logo && !logoFailed) || name ? (
        <div className="clinic-id">
          {logo && !logoFailed ? (
            <img
              className="clinic-logo"
              src={`./${logo}`}
              alt={name ? tr(K.logoAlt, { name }) : ''}
              onError={() => setLogoFailed(true)}
            />
          ) : null}
          {name ? (
            <p className="clinic-name" data-testid="clinic-name">
              {name}
            </p>
          ) : null}
        </div>
      ) : null}
      {phone ? (
        <p className="clinic-phone">
          {tr(K.callUs)}{' '}
          <span className="clinic-phone-number" data-testid="clinic-phone">
            {phone}
          </span>
        </p>
      ) : null}
      {url ? (
        <div className="clinic-qr">
          <KioskQr url={url} label={tr(K.qrLabel, { url })} />
          <p>{tr(K.scanToRead)}</p>
        </div>
      ) : null}
    </section>
  );
}

/** The clinic's own rule for going home, in the stage about after the session. */
function ClinicRule() {
  const tr = useText();
  const lang = useApp((s) => s.lang);
  const rule = useClinic((s) => s.config.drivingRule);
  const text = drivingRuleText(rule, lang);
  if (!text) return null;
  return (
    <section className="clinic-rule" data-testid="clinic-rule" aria-label={tr(K.clinicRule)}>
      <h2>{tr(K.clinicRule)}</h2>
      <p>{text}</p>
    </section>
  );
}

export default function KioskSide() {
  const tr = useText();
  const stage = useCurrentStage();
  return (
    <div className="kiosk-side" data-testid="kiosk-side">
      <PatientPicture stageId={stage.id} label={tr(K.pictureLabel, { title: tr(stage.title) })} />
      {stage.id === AFTER_SESSION_STAGE_ID ? <ClinicRule /> : null}
      <ClinicCard />
    </div>
  );
}
