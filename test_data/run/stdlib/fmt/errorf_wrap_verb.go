package main

import (
	"errors"
	"fmt"
	"io"
	"os"
)

type MyErr struct{ Code int }

func (e *MyErr) Error() string { return fmt.Sprintf("myerr %d", e.Code) }

func main() {
	base := errors.New("base")
	e1 := fmt.Errorf("layer1: %w", base)
	e2 := fmt.Errorf("layer2: %w", e1)
	fmt.Println(e1, "|", e2)
	fmt.Println(errors.Is(e2, base), errors.Unwrap(e2) == e1, errors.Unwrap(errors.Unwrap(e2)) == base)
	fmt.Printf("%T %T\n", e1, fmt.Errorf("plain %d", 1))
	fmt.Println(errors.Unwrap(fmt.Errorf("plain %v", base)) == nil)
	me := &MyErr{42}
	e3 := fmt.Errorf("ctx: %w", me)
	var target *MyErr
	fmt.Println(errors.As(e3, &target), target.Code)
	fmt.Println(fmt.Errorf("two: %w %w", base, me))
	fmt.Println(errors.Unwrap(fmt.Errorf("two: %w %w", base, me)) == nil)
	fmt.Println(fmt.Errorf("notanerror: %w", 5))
	fmt.Println(fmt.Errorf("nil: %w", nil))
	fmt.Println(errors.Unwrap(fmt.Errorf("nil: %w", nil)) == nil)
	fmt.Println(fmt.Errorf("eof: %w", io.EOF), errors.Is(fmt.Errorf("eof: %w", io.EOF), io.EOF))
	fmt.Println(fmt.Errorf("verb %v and %s and %q: %w", 1, "s", "q", base))
	fmt.Println(fmt.Errorf("wrapped flags %+w|%#w|%10w", base, base, base))
	fmt.Println(fmt.Errorf("no args"))
	fmt.Println(fmt.Errorf("%w", os.ErrNotExist) == os.ErrNotExist, errors.Is(fmt.Errorf("%w", os.ErrNotExist), os.ErrNotExist))
	fmt.Printf("%v|%s|%q|%x\n", e1, e1, e1, e1)
	fmt.Println(fmt.Sprintf("Sprintf %w", base))
	fmt.Printf("Printf %w\n", base)
	var nilErr error
	fmt.Println(fmt.Errorf("%w", nilErr).Error())
	fmt.Println(fmt.Errorf("idx %[2]w %[1]v", "a", base), errors.Unwrap(fmt.Errorf("idx %[2]w %[1]v", "a", base)) == base)
}
