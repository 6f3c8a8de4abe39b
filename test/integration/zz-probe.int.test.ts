import { it } from 'vitest';
import { buildTestApp, gql } from '../helpers/app.js';
it('probe', async () => {
  const app = await buildTestApp();
  const { data } = await gql(
    app,
    `{ whyNot(partner: "japan", objective: SO4_7, approach: OUTREACH) { summary checks { rule { id } applies } } }`,
  );
  console.log(JSON.stringify(data, null, 1).slice(0, 3000));
  await app.close();
});
