// Progressive enhancement of the new API key page: a button that copies the key. Without
// JavaScript the key is still in a read-only field to select and copy.
const field = document.querySelector('[data-herald-api-key]');
if (field && navigator.clipboard) {
  const button = document.createElement('button');
  button.type = 'button';
  button.className = 'govuk-button govuk-button--secondary';
  button.textContent = 'Copy API key to clipboard';
  const status = document.createElement('p');
  status.className = 'govuk-body';
  status.setAttribute('role', 'status');
  button.addEventListener('click', async () => {
    try {
      await navigator.clipboard.writeText(field.value);
      status.textContent = 'API key copied to clipboard';
    } catch {
      field.select();
      status.textContent = 'Your browser did not let us copy the key: it is selected, copy it yourself';
    }
  });
  field.closest('.govuk-form-group').after(button, status);
}
