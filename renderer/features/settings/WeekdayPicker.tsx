const WEEKDAYS = [
  { day: 1, label: 'Mon' },
  { day: 2, label: 'Tue' },
  { day: 3, label: 'Wed' },
  { day: 4, label: 'Thu' },
  { day: 5, label: 'Fri' },
  { day: 6, label: 'Sat' },
  { day: 0, label: 'Sun' },
];

/** The days worked, Monday first; used by Settings and the first-run setup. */
export function WeekdayPicker({
  value,
  onChange,
  error,
}: {
  value: number[];
  onChange: (days: number[]) => void;
  error?: string | undefined;
}) {
  const toggle = (day: number) => onChange(value.includes(day) ? value.filter((d) => d !== day) : [...value, day].sort());
  return (
    <div className="field">
      <span id="s-days-label">Working days</span>
      <div className="weekdays" role="group" aria-labelledby="s-days-label">
        {WEEKDAYS.map(({ day, label }) => (
          <label key={day} className="checkbox">
            <input type="checkbox" checked={value.includes(day)} onChange={() => toggle(day)} />
            {label}
          </label>
        ))}
      </div>
      {error && (
        <div className="field-error" role="alert">
          {error}
        </div>
      )}
    </div>
  );
}
