package main

import (
	"errors"
	"fmt"
	"io/fs"
	"os"
)

// sliceErr is not comparable: Is must not compare it with ==.
type sliceErr []string

func (s sliceErr) Error() string { return fmt.Sprint([]string(s)) }

// codeErr matches any codeErr with the same code through its Is method.
type codeErr struct{ code int }

func (e codeErr) Error() string { return fmt.Sprintf("code %d", e.code) }
func (e codeErr) Is(target error) bool {
	t, ok := target.(codeErr)
	return ok && t.code/100 == e.code/100
}

// asErr converts itself into a *string target through its As method.
type asErr struct{ msg string }

func (e *asErr) Error() string { return e.msg }
func (e *asErr) As(target any) bool {
	if p, ok := target.(*codeErr); ok {
		*p = codeErr{len(e.msg)}
		return true
	}
	return false
}

type wrapper struct {
	msg string
	err error
}

func (w wrapper) Error() string { return w.msg + ": " + w.err.Error() }
func (w wrapper) Unwrap() error { return w.err }

// nilWrapper unwraps to nil.
type nilWrapper struct{}

func (nilWrapper) Error() string { return "nilWrapper" }
func (nilWrapper) Unwrap() error { return nil }

func try(name string, f func()) {
	defer func() {
		if r := recover(); r != nil {
			fmt.Printf("%s: panic: %v\n", name, r)
		}
	}()
	f()
	fmt.Printf("%s: no panic\n", name)
}

func main() {
	s := sliceErr{"a", "b"}
	fmt.Println("uncomparable:", errors.Is(s, s), errors.Is(wrapper{"w", s}, sliceErr{"a"}))

	deep := wrapper{"outer", wrapper{"inner", codeErr{404}}}
	fmt.Println("Is method:", errors.Is(deep, codeErr{400}), errors.Is(deep, codeErr{500}), errors.Is(deep, codeErr{404}))

	var ce codeErr
	fmt.Println("As method:", errors.As(wrapper{"w", &asErr{"hello"}}, &ce), ce)
	var ae *asErr
	fmt.Println("As pointer:", errors.As(wrapper{"w", &asErr{"hello"}}, &ae), ae.msg)
	var w wrapper
	fmt.Println("As struct:", errors.As(deep, &w), w.msg)
	var iface interface{ Unwrap() error }
	fmt.Println("As iface:", errors.As(codeErr{1}, &iface), iface == nil, errors.As(deep, &iface), iface.(wrapper).msg)
	var anyErr error
	fmt.Println("As error:", errors.As(deep, &anyErr), anyErr == error(deep))

	fmt.Println("nil unwrap:", errors.Unwrap(nilWrapper{}) == nil, errors.Unwrap(codeErr{}) == nil, errors.Unwrap(nil) == nil)
	fmt.Println("Is through nil unwrap:", errors.Is(nilWrapper{}, codeErr{1}), errors.Is(nilWrapper{}, nilWrapper{}))
	fmt.Println("Is nil err:", errors.Is(nil, codeErr{1}), errors.As(nil, &ce))

	try("As nil target", func() { errors.As(deep, nil) })
	try("As non-pointer", func() { errors.As(deep, w) })
	try("As nil pointer", func() { var p *codeErr; errors.As(deep, p) })
	try("As *int", func() { var i int; errors.As(deep, &i) })
	try("As *string", func() { var s string; errors.As(deep, &s) })
	try("As nil err, bad target", func() { errors.As(nil, 3) })

	_, err := os.Open("does-not-exist.txt")
	var pe *fs.PathError
	fmt.Println("os:", errors.Is(err, fs.ErrNotExist), errors.Is(err, os.ErrNotExist), errors.As(err, &pe), pe.Op, pe.Path)
	fmt.Println("wrapped os:", errors.Is(fmt.Errorf("ctx: %w", err), fs.ErrNotExist), errors.Is(err, fs.ErrExist))
}
