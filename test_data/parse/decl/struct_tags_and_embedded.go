package main

import (
	"fmt"
	"sync"
)

type Base struct{ ID int }

type Record struct {
	Base
	*sync.Mutex
	fmt.Stringer
	Name, Email string
	Age         int "json:\"age\""
	Score       int `json:"score" db:"score"`
	tags        []string
	_           struct{}
	Meta        struct {
		Created string `json:"created,omitempty"`
	}
}

func main() {
	r := Record{Base: Base{ID: 7}, Mutex: new(sync.Mutex), Name: "ada", Age: 36}
	r.Lock()
	r.tags = append(r.tags, "admin")
	r.Unlock()
	anon := struct {
		X, Y int
	}{1, 2}
	var empty struct{}
	fmt.Println(r.ID, r.Name, r.Age, r.tags, r.Meta.Created, anon.X+anon.Y, empty)
}
