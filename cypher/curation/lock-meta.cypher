// Locks the dataset's Meta node (taken last by every change, so all changes serialise on it) and reads
// the seed version and curation state after the lock.
// Parameters: none. Columns: seedVersion, curationHash, curations.
MERGE (m:Meta {id: 'dataset'})
SET m._lock = true
REMOVE m._lock
RETURN m.version AS seedVersion, m.curationHash AS curationHash, coalesce(m.curations, 0) AS curations;
