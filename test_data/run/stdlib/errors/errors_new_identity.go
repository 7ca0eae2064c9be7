package main

import (
	"errors"
	"fmt"
)

var ErrNotFound = errors.New("not found")

func find(k string) error {
	if k == "" {
		return ErrNotFound
	}
	return nil
}

func main() {
	err := find("")
	fmt.Println(err == ErrNotFound, err)
	other := errors.New("not found")
	fmt.Println(other == ErrNotFound, other.Error() == ErrNotFound.Error())
	fmt.Println(find("x") == nil)
}
