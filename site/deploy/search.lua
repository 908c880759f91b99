-- wrk -s site/deploy/search.lua URL -- PATHS_FILE: each request asks for one of the paths
-- in PATHS_FILE (one a line, e.g. /fr/search/?q=sols), taken at random, so that a crowd of
-- different searches reaches the site rather than one search again and again.
local paths = {}

function init(args)
  for line in io.lines(args[1]) do
    if line ~= "" then
      paths[#paths + 1] = line
    end
  end
  -- Each of wrk's threads runs its own copy of this script: a seed of its own.
  math.randomseed(os.time() + tonumber(tostring(paths):match("0x(%x+)") or "0", 16))
end

function request()
  return wrk.format("GET", paths[math.random(#paths)])
end
