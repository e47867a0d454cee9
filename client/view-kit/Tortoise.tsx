// The symbol of "slower, please": a tortoise, the pictogram for "slow" on machines and signs
// (ISO 7000-0996). Drawn here, not a character: a tablet's fonts may have no emoji, and a symbol
// the speaker must see cannot depend on them.
export function Tortoise(props: { className: string }) {
  return (
    <svg className={props.className} viewBox="0 0 64 40" aria-hidden="true" focusable="false">
      <path d="M8 29 Q8 5 31 5 Q54 5 54 29 Z" fill="currentColor" />
      <path d="M8 29 L2 32 L8 32 Z" fill="currentColor" />
      <circle cx="58" cy="24" r="5.5" fill="currentColor" />
      <rect x="12" y="27" width="7" height="10" rx="2.5" fill="currentColor" />
      <rect x="24" y="27" width="7" height="10" rx="2.5" fill="currentColor" />
      <rect x="34" y="27" width="7" height="10" rx="2.5" fill="currentColor" />
      <rect x="44" y="27" width="7" height="10" rx="2.5" fill="currentColor" />
    </svg>
  );
}
