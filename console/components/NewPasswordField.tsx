/** The length the server asks of a new password; the field says so before the server has to. */
const MIN_LENGTH = 10;

export function NewPasswordField({ label, value, onInput }: { label: string; value: string; onInput: (value: string) => void }) {
  return (
    <label>
      {label}
      <input
        type="password"
        name="password"
        autocomplete="new-password"
        required
        minLength={MIN_LENGTH}
        value={value}
        onInput={(e) => onInput(e.currentTarget.value)}
      />
    </label>
  );
}
