// Records which seed the graph holds: a content hash of the seed files and source texts.
// Parameters: $version (string), $seededAt (ISO string). Columns: version.
MERGE (m:Meta {id: 'dataset'})
SET m.version = $version, m.seededAt = $seededAt
RETURN m.version AS version;
