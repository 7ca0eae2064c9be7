package main

import (
	"errors"
	"fmt"
	"os"
	"strconv"
)

var ErrNotFound = errors.New("not found")

type QueryError struct {
	Query string
	Err   error
}

func (e *QueryError) Error() string { return e.Query + ": " + e.Err.Error() }
func (e *QueryError) Unwrap() error { return e.Err }

type tempErr struct{}

func (tempErr) Error() string   { return "temporary" }
func (tempErr) Temporary() bool { return true }

func find(q string) error {
	if q == "" {
		return &QueryError{q, ErrNotFound}
	}
	return nil
}

func main() {
	err := fmt.Errorf("lookup failed: %w", find(""))
	fmt.Println(err)
	fmt.Println(errors.Is(err, ErrNotFound), errors.Is(err, os.ErrNotExist), errors.Unwrap(errors.Unwrap(err)) == ErrNotFound)
	var qe *QueryError
	if errors.As(err, &qe) {
		fmt.Printf("as: %q %v\n", qe.Query, qe.Err)
	}
	var te interface{ Temporary() bool }
	fmt.Println(errors.As(fmt.Errorf("x: %w", tempErr{}), &te), te != nil)
	fmt.Println(errors.As(err, &te))
	_, perr := strconv.Atoi("12a")
	var ne *strconv.NumError
	fmt.Println(errors.As(perr, &ne), ne.Func, ne.Num, ne.Err == strconv.ErrSyntax, errors.Is(perr, strconv.ErrSyntax))
	fmt.Println(fmt.Errorf("no wrap %v", ErrNotFound), errors.Unwrap(fmt.Errorf("no wrap %v", ErrNotFound)))
	fmt.Println(fmt.Errorf("two %w %w", ErrNotFound, ErrNotFound))
	fmt.Println(fmt.Errorf("bad %w", "str"))
	e1 := errors.New("same")
	e2 := errors.New("same")
	fmt.Println(e1 == e2, errors.Is(e1, e2), errors.Is(nil, nil), errors.Is(e1, nil))
	fmt.Printf("%v|%s|%q|%T\n", err, ErrNotFound, ErrNotFound, ErrNotFound)
}
