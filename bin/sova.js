#!/usr/bin/env node
'use strict';
require('../out/cli/main.js');
