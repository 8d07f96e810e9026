import { writeFileSync } from 'fs';
import { join } from 'path';
import { allRules } from './all-rules';
import { renderRulesTable } from '../../lib/private/validation/rules-table';

writeFileSync(join(__dirname, '..', '..', 'docs', 'validation-rules.md'), renderRulesTable(allRules()));
