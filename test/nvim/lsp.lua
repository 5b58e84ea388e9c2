-- Neovim 0.7 (Debian) as a real LSP client of the sova server, headless.
-- Environment: SOVA_NODE (node binary), SOVA_SERVER (out/server/main.js), SOVA_ROOT (workspace folder),
-- SOVA_FILE (file to open).
-- Prints one line per thing it checks (the mocha wrapper asserts on them); exits 0 on success,
-- `cquit 1` on failure.

local node = os.getenv('SOVA_NODE') or 'node'
local server = assert(os.getenv('SOVA_SERVER'), 'SOVA_SERVER not set')
local root = assert(os.getenv('SOVA_ROOT'), 'SOVA_ROOT not set')
local file = assert(os.getenv('SOVA_FILE'), 'SOVA_FILE not set')
local TIMEOUT = 30000

local function out(...)
  io.stdout:write(table.concat({ ... }, ' ') .. '\n')
  io.stdout:flush()
end

local function fail(msg)
  out('FAIL ' .. msg)
  vim.cmd('cquit 1')
end

local ok, err = pcall(function()
  -- Record what the server publishes, per URI, before handing it on to Neovim.
  local published = {}
  local default_handler = vim.lsp.handlers['textDocument/publishDiagnostics']
  vim.lsp.handlers['textDocument/publishDiagnostics'] = function(e, result, ctx, config)
    published[result.uri] = result.diagnostics
    return default_handler(e, result, ctx, config)
  end

  local root_uri = vim.uri_from_fname(root)
  local client_id = vim.lsp.start_client({
    name = 'sova',
    cmd = { node, server, '--stdio' },
    root_dir = root,
    workspace_folders = { { uri = root_uri, name = 'musterstadt' } },
    settings = { sova = { locale = 'en', asOf = '2026-11-23', run = 'onType' } },
    -- Neovim 0.7 does not answer workspace/configuration by capability; settings are pushed.
    on_init = function(c)
      c.notify('workspace/didChangeConfiguration', { settings = c.config.settings })
    end,
  })
  if not client_id then return fail('start_client returned nil') end
  out('STARTED ' .. client_id)

  vim.cmd('edit ' .. vim.fn.fnameescape(file))
  local bufnr = vim.api.nvim_get_current_buf()
  vim.lsp.buf_attach_client(bufnr, client_id)
  local uri = vim.uri_from_bufnr(bufnr)
  local client = vim.lsp.get_client_by_id(client_id)

  local function find(code, from_line)
    for _, d in ipairs(published[uri] or {}) do
      if d.code == code and (from_line == nil or d.range.start.line == from_line) then return d end
    end
  end

  -- 1. Diagnostics: the SCHEMA finding of the unknown key, in English (the pushed settings apply).
  local function english_schema()
    local d = find('SCHEMA')
    return d ~= nil and d.message:match('^Unknown field') ~= nil
  end
  if not vim.wait(TIMEOUT, english_schema, 50) then
    return fail('no SCHEMA diagnostic for ' .. uri)
  end
  for _, d in ipairs(published[uri]) do
    out(string.format('DIAG %s %d %s', tostring(d.code), d.range.start.line, d.message))
  end
  local diag = find('SCHEMA')

  -- 2. Code action: the preferred fix of that finding, applied to the buffer.
  local params = {
    textDocument = { uri = uri },
    range = diag.range,
    context = { diagnostics = { diag } },
  }
  local response = client.request_sync('textDocument/codeAction', params, TIMEOUT, bufnr)
  if not response or response.err then return fail('codeAction failed: ' .. vim.inspect(response)) end
  local chosen
  for _, action in ipairs(response.result or {}) do
    out('ACTION ' .. action.title .. (action.isPreferred and ' (preferred)' or ''))
    if action.isPreferred and action.edit and not chosen then chosen = action end
  end
  if not chosen then return fail('no preferred code action') end
  vim.lsp.util.apply_workspace_edit(chosen.edit, client.offset_encoding)
  out('LINE ' .. vim.api.nvim_buf_get_lines(bufnr, diag.range.start.line, diag.range.start.line + 1, false)[1])
  if not vim.wait(TIMEOUT, function() return published[uri] ~= nil and find('SCHEMA', diag.range.start.line) == nil end, 50) then
    return fail('the SCHEMA diagnostic did not go away after the fix')
  end
  out('FIXED SCHEMA')

  -- 3. Completion: reference ids after `vendor: `.
  local lines = vim.api.nvim_buf_get_lines(bufnr, 0, -1, false)
  local vendor_line
  for i, l in ipairs(lines) do
    if l:match('^vendor: ') then vendor_line = i - 1 break end
  end
  if not vendor_line then return fail('no vendor line') end
  local completion = client.request_sync('textDocument/completion', {
    textDocument = { uri = uri },
    position = { line = vendor_line, character = #'vendor: ' },
  }, TIMEOUT, bufnr)
  if not completion or completion.err then return fail('completion failed: ' .. vim.inspect(completion)) end
  local items = completion.result and (completion.result.items or completion.result) or {}
  local labels = {}
  for _, item in ipairs(items) do table.insert(labels, item.label) end
  table.sort(labels)
  out('COMPLETION ' .. table.concat(labels, ','))

  -- 4. Hover on the key `layer`.
  local hover = client.request_sync('textDocument/hover', {
    textDocument = { uri = uri },
    position = { line = vendor_line, character = 1 },
  }, TIMEOUT, bufnr)
  if hover and hover.result then
    local value = hover.result.contents.value or ''
    out('HOVER ' .. value:gsub('\n', ' '))
  end

  client.stop()
  vim.wait(5000, function() return client.is_stopped() end, 50)
  out('DONE')
end)

if not ok then
  fail(tostring(err))
else
  vim.cmd('qall!')
end
