package library

import (
	"errors"
	"fmt"
	"io"
	"io/fs"
	"os"
	"path/filepath"
	"sort"
	"strings"

	"newsexplorer/app/article"
)

// Item is one article of the library and the file it was read from.
type Item struct {
	// Article is the loaded, checked article.
	Article *article.Article
	// File names where the article came from: the path of its file, or
	// the embedded file for the default article.
	File string
	// Raw is the file's bytes, which the pages hand to the browser.
	Raw []byte
}

// Library is the articles the explorer serves: the default article first,
// then the articles of the folder, in the order of their file names.
type Library struct {
	Items []Item
}

// Default is the library's default article, the one shown at /.
func (l *Library) Default() Item { return l.Items[0] }

// Articles returns the library's articles, the default first.
func (l *Library) Articles() []*article.Article {
	out := make([]*article.Article, len(l.Items))
	for i, it := range l.Items {
		out[i] = it.Article
	}
	return out
}

// Problem is a file that was not added to the library, or a folder that
// could not be read, and why.
type Problem struct {
	// File is the path of the file or folder.
	File string
	// Err says what is wrong. For an article with errors it is an
	// article.ErrorList, each error with its line, column and annotation.
	Err error
}

func (p Problem) Error() string { return p.Err.Error() }

// Report is what reading a folder found: problems, each of which kept a
// file out of the library, and notes about files that are not articles.
type Report struct {
	Problems []Problem
	Notes    []string
}

func (r *Report) problem(file string, format string, args ...any) {
	r.Problems = append(r.Problems, Problem{File: file, Err: fmt.Errorf("library: "+format, args...)})
}

func (r *Report) add(o Report) {
	r.Problems = append(r.Problems, o.Problems...)
	r.Notes = append(r.Notes, o.Notes...)
}

// Load builds a library of the default article def and the article files
// in the folder dir (none when dir is ""). A file that cannot be read or
// is not a valid article, or whose id another article already has, is
// left out and reported; the others are all added. Load never fails: the
// library has at least the default article.
func Load(def Item, dir string) (*Library, Report) {
	lib := &Library{Items: []Item{def}}
	if dir == "" {
		return lib, Report{}
	}
	items, rep := ReadDir(dir)
	kept, dups := Unique(append([]Item{def}, items...))
	rep.add(dups)
	lib.Items = kept
	return lib, rep
}

// Unique keeps the first article with each id and reports the others. The
// first item is the default article when there is one.
func Unique(items []Item) ([]Item, Report) {
	var rep Report
	seen := map[string]string{}
	var kept []Item
	for i, it := range items {
		if first, ok := seen[it.Article.ID]; ok {
			whose := "the article in " + first
			if i > 0 && first == items[0].File {
				whose = "the default article (" + first + ")"
			}
			rep.problem(it.File, "%s: id %q is already used by %s; give each article its own id", it.File, it.Article.ID, whose)
			continue
		}
		seen[it.Article.ID] = it.File
		kept = append(kept, it)
	}
	return kept, rep
}

// ReadDir reads every article file (*.json) directly in the folder dir,
// through an os.Root, so that no symbolic link leads out of it. It
// returns the valid articles in file-name order; every file it could not
// read or that is not a valid article is a problem, and every other entry
// of the folder a note. It does not look for duplicate ids (Unique does).
func ReadDir(dir string) ([]Item, Report) {
	var rep Report
	root, err := os.OpenRoot(dir)
	if err != nil {
		switch {
		case errors.Is(err, fs.ErrNotExist):
			rep.problem(dir, "articles folder %s does not exist", dir)
		case isNotDir(dir):
			rep.problem(dir, "%s is not a folder: give the folder that holds the article files", dir)
		default:
			rep.problem(dir, "articles folder %s cannot be read: %v", dir, cause(err))
		}
		return nil, rep
	}
	defer root.Close()
	entries, err := readNames(root)
	if err != nil {
		rep.problem(dir, "articles folder %s cannot be read: %v", dir, cause(err))
		return nil, rep
	}
	var items []Item
	for _, name := range entries {
		if strings.HasPrefix(name, ".") {
			continue // dotfiles, such as .DS_Store, are never articles
		}
		path := filepath.Join(dir, name)
		if !strings.EqualFold(filepath.Ext(name), ".json") {
			if info, err := root.Stat(name); err == nil && info.IsDir() {
				rep.Notes = append(rep.Notes, fmt.Sprintf("%s: a folder, skipped: only the files directly in %s are read", path, dir))
			} else {
				rep.Notes = append(rep.Notes, fmt.Sprintf("%s: not a .json file, so not an article; skipped", path))
			}
			continue
		}
		it, err := readFile(root, name, path)
		if err != nil {
			rep.Problems = append(rep.Problems, Problem{File: path, Err: err})
			continue
		}
		items = append(items, it)
	}
	if len(items) == 0 && len(rep.Problems) == 0 {
		rep.Notes = append(rep.Notes, fmt.Sprintf("%s: no article files (.json) in the folder", dir))
	}
	return items, rep
}

// ReadFiles reads the article files and folders named by paths, as the
// validate command does: a folder's articles as ReadDir reads them, a file
// through a root on its own folder.
func ReadFiles(paths []string) ([]Item, Report) {
	var items []Item
	var rep Report
	for _, p := range paths {
		info, err := os.Stat(p)
		if err == nil && info.IsDir() {
			its, r := ReadDir(p)
			items = append(items, its...)
			rep.add(r)
			continue
		}
		if err == nil && !strings.EqualFold(filepath.Ext(p), ".json") {
			rep.Notes = append(rep.Notes, fmt.Sprintf("%s: not a .json file: in a folder, the library reads only .json files", p))
		}
		root, err := os.OpenRoot(filepath.Dir(p))
		if err != nil {
			rep.problem(p, "%s cannot be read: %v", p, cause(err))
			continue
		}
		it, err := readFile(root, filepath.Base(p), p)
		root.Close()
		if err != nil {
			rep.Problems = append(rep.Problems, Problem{File: p, Err: err})
			continue
		}
		items = append(items, it)
	}
	return items, rep
}

// readNames lists the folder's entries, sorted.
func readNames(root *os.Root) ([]string, error) {
	f, err := root.Open(".")
	if err != nil {
		return nil, err
	}
	defer f.Close()
	names, err := f.Readdirnames(-1)
	if err != nil {
		return nil, err
	}
	sort.Strings(names)
	return names, nil
}

// openFile opens a file of the folder for reading. The tests replace it
// to make a file unreadable, which file modes cannot do for root.
var openFile = func(root *os.Root, name string) (io.ReadCloser, error) { return root.Open(name) }

// readFile reads and parses the article file name in root; path is how
// messages name it.
func readFile(root *os.Root, name, path string) (Item, error) {
	info, err := root.Stat(name)
	if err != nil {
		return Item{}, fmt.Errorf("library: %s cannot be read: %v", path, cause(err))
	}
	if !info.Mode().IsRegular() {
		return Item{}, fmt.Errorf("library: %s is not a regular file", path)
	}
	if info.Size() > article.MaxFileSize {
		return Item{}, tooLarge(path, info.Size())
	}
	f, err := openFile(root, name)
	if err != nil {
		return Item{}, fmt.Errorf("library: %s cannot be read: %v", path, cause(err))
	}
	defer f.Close()
	raw, err := io.ReadAll(io.LimitReader(f, article.MaxFileSize+1))
	if err != nil {
		return Item{}, fmt.Errorf("library: %s cannot be read: %v", path, cause(err))
	}
	if len(raw) > article.MaxFileSize {
		return Item{}, tooLarge(path, int64(len(raw)))
	}
	a, err := article.Parse(path, raw)
	if err != nil {
		return Item{}, err
	}
	return Item{Article: a, File: path, Raw: raw}, nil
}

func tooLarge(path string, size int64) error {
	return fmt.Errorf("library: %s is too large: %d bytes or more; an article file may have at most %d bytes (%d MiB)",
		path, size, article.MaxFileSize, article.MaxFileSize>>20)
}

// cause drops the operation and path from a file system error, which the
// messages give in their own words.
func cause(err error) error {
	var pe *fs.PathError
	if errors.As(err, &pe) {
		return pe.Err
	}
	return err
}

func isNotDir(dir string) bool {
	info, err := os.Stat(dir)
	return err == nil && !info.IsDir()
}
