package formats

import (
	"bytes"
	"encoding/json"
	"errors"
	"os"
	"reflect"
	"strings"
	"testing"

	"newsexplorer/app/article"
)

// FuzzParseW3C checks that ParseW3C never panics or hangs, that it fails
// with an ErrorList of problems that each say what is wrong, and that an
// article it accepts survives EncodeW3C and ParseW3C again unchanged. The
// annotations are read onto testdata/porto.json; the seeds are its export
// and the files under testdata/fuzz/FuzzParseW3C.
func FuzzParseW3C(f *testing.F) {
	b, err := os.ReadFile("testdata/porto.json")
	if err != nil {
		f.Fatal(err)
	}
	base, err := article.Parse("porto.json", b)
	if err != nil {
		f.Fatal(err)
	}
	export, err := EncodeW3C(base, "")
	if err != nil {
		f.Fatal(err)
	}
	addCompact(f, export)

	f.Fuzz(func(t *testing.T, data []byte) {
		a, err := ParseW3C(base, data)
		if err != nil {
			checkProblems(t, "ParseW3C", a, err, "formats: w3c: ")
			return
		}
		if a.Text != base.Text || !reflect.DeepEqual(a.Claims, base.Claims) || !reflect.DeepEqual(a.Evidence, base.Evidence) {
			t.Fatalf("ParseW3C changed the text, the claims or the evidence")
		}
		again, err := EncodeW3C(a, "")
		if err != nil {
			t.Fatalf("EncodeW3C: %v", err)
		}
		back, err := ParseW3C(base, again)
		if err != nil {
			t.Fatalf("ParseW3C(EncodeW3C(a)): %v", err)
		}
		if !reflect.DeepEqual(back, a) {
			t.Fatalf("ParseW3C(EncodeW3C(a)) differs from a:\n%s", describeDiff(back, a))
		}
	})
}

// FuzzParseClaimReview checks that ParseClaimReview never panics or
// hangs, that it fails with an ErrorList of problems that each say what is
// wrong, and that claims it accepts survive EncodeClaimReview and
// ParseClaimReview again unchanged. The claims are read onto
// testdata/porto.json without its claims; the seeds are its export and the
// files under testdata/fuzz/FuzzParseClaimReview.
func FuzzParseClaimReview(f *testing.F) {
	b, err := os.ReadFile("testdata/porto.json")
	if err != nil {
		f.Fatal(err)
	}
	a, err := article.Parse("porto.json", b)
	if err != nil {
		f.Fatal(err)
	}
	base := withoutClaims(f, a)
	export, err := EncodeClaimReview(a, "")
	if err != nil {
		f.Fatal(err)
	}
	addCompact(f, export)

	f.Fuzz(func(t *testing.T, data []byte) {
		got, err := ParseClaimReview(base, data)
		if err != nil {
			checkProblems(t, "ParseClaimReview", got, err, "formats: claimreview: ")
			return
		}
		if got.Text != base.Text || !reflect.DeepEqual(got.Entities, base.Entities) || !reflect.DeepEqual(got.Mentions, base.Mentions) {
			t.Fatalf("ParseClaimReview changed the text, the entities or the mentions")
		}
		again, err := EncodeClaimReview(got, "")
		if err != nil {
			t.Fatalf("EncodeClaimReview: %v", err)
		}
		back, err := ParseClaimReview(base, again)
		if err != nil {
			t.Fatalf("ParseClaimReview(EncodeClaimReview(a)): %v", err)
		}
		if !reflect.DeepEqual(back, got) {
			t.Fatalf("ParseClaimReview(EncodeClaimReview(a)) differs from a:\n%s", describeDiff(back, got))
		}
	})
}

// addCompact adds a seed in compact JSON, so that the fuzzer spends its
// time on inputs rather than on shortening a long seed.
func addCompact(f *testing.F, export []byte) {
	var compact bytes.Buffer
	if err := json.Compact(&compact, export); err != nil {
		f.Fatal(err)
	}
	f.Add(compact.Bytes())
}

// checkProblems checks that a refused import returned no article and an
// ErrorList of problems that each say what is wrong and where they come
// from (prefix).
func checkProblems(t *testing.T, parse string, a *article.Article, err error, prefix string) {
	t.Helper()
	if a != nil {
		t.Fatalf("%s returned an article and the error %v", parse, err)
	}
	var list ErrorList
	if !errors.As(err, &list) || len(list) == 0 {
		t.Fatalf("error is %T, want a non-empty ErrorList: %v", err, err)
	}
	for _, e := range list {
		if e == nil || e.Msg == "" || !strings.HasPrefix(e.Error(), prefix) {
			t.Fatalf("problem %v says nothing, or not where it comes from", e)
		}
	}
}
