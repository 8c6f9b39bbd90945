package uitest

import "errors"

// MemStore is a ui.KeyValue in memory; full makes Set fail.
type MemStore struct {
	M    map[string]string
	Full bool
}

func (s *MemStore) Get(key string) (string, bool) { v, ok := s.M[key]; return v, ok }

func (s *MemStore) Remove(key string) { delete(s.M, key) }

func (s *MemStore) Set(key, value string) error {
	if s.Full {
		return errors.New("quota exceeded")
	}
	s.M[key] = value
	return nil
}
