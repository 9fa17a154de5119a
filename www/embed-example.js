// The embedding example: two instances, each with its own namespace.
import Annexa from './annexa.js';

const status = document.getElementById('host-status');

const teamA = await Annexa.mount(document.getElementById('annexa-a'), {
  namespace: 'team-a',
  lang: 'en-GB',
});

const teamB = await Annexa.mount(document.getElementById('annexa-b'), {
  namespace: 'team-b',
  method: { likelihood: 4, impact: 4, tolerance: 'Medium' },
  sector: 'healthcare',
  importExport: false,
  theme: { accent: '#0b6e4f', focus: '#b45309', font: 'Georgia, "Times New Roman", serif', radius: '2px' },
});

document.getElementById('copy-a-to-b').addEventListener('click', () => {
  try {
    const summary = teamB.importJson(teamA.exportJson());
    status.textContent = `Copied: ${summary}.`;
  } catch (e) {
    status.textContent = e.message;
  }
});

// For the browser console and the end-to-end tests.
window.annexaExample = { teamA, teamB, Annexa };
status.textContent = 'Both instances are ready.';
