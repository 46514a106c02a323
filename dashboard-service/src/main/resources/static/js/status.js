async function refresh() {
  try {
    const response = await fetch('/api/v1/platform/status');
    if (!response.ok) throw new Error('status ' + response.status);
    const platform = await response.json();
    const mode = document.getElementById('mode');
    mode.textContent = platform.paperTrading ? 'PAPER' : 'LIVE';
    mode.className = 'badge ' + (platform.paperTrading ? 'paper' : 'live');
    document.getElementById('environment').textContent = 'environment: ' + platform.environment;
    const rows = platform.services.map(service => {
      const row = document.createElement('tr');
      row.dataset.service = service.name;
      for (const [text, css] of [[service.name, ''], [service.url || 'this page', ''], [service.status, service.status]]) {
        const cell = document.createElement('td');
        cell.textContent = text;
        if (css) cell.className = css;
        row.appendChild(cell);
      }
      return row;
    });
    document.getElementById('services').replaceChildren(...rows);
    document.getElementById('error').textContent = '';
    document.getElementById('checked').textContent = new Date().toLocaleTimeString();
  } catch (e) {
    document.getElementById('error').textContent = 'The dashboard could not read the platform status (' + e.message + ').';
  }
}
/** The CSRF token a state-changing request echoes from the XSRF-TOKEN cookie (Spring Security's convention). */
function csrfToken() {
  const cookie = document.cookie.split('; ').find(c => c.startsWith('XSRF-TOKEN='));
  return cookie ? decodeURIComponent(cookie.substring('XSRF-TOKEN='.length)) : '';
}

async function showUser() {
  const response = await fetch('/api/v1/account');
  if (response.ok) document.getElementById('username').textContent = (await response.json()).username;
}

document.getElementById('logout').addEventListener('click', async () => {
  await fetch('/logout', {method: 'POST', headers: {'X-XSRF-TOKEN': csrfToken()}});
  window.location.assign('/login?logout');
});

showUser();
refresh();
setInterval(refresh, 5000);
